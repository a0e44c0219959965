import { Text } from "@fluentui/react-components";
import { useWizard } from "../context";

/**
 * What shows while a part of the pane loads (a prefetched part shows none): one line of text,
 * announced politely. Not Fluent's Spinner: the first chunk would carry its styles and animation
 * for a frame that most users never see.
 */
export function Loading() {
  const { t } = useWizard();
  return (
    <Text role="status" size={200}>
      {t.loading}
    </Text>
  );
}
