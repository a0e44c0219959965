import { useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons/svg/arrow-download";
import { FolderOpen20Regular } from "@fluentui/react-icons/svg/folder-open";
import type { Language } from "../i18n";
import { type Vars, inLanguages, message } from "../i18n/message";
import { FILE_BAR_TEXTS, type FileBarTextKey } from "../i18n/preview";
import { workbookValuesOf } from "./calculation";
import type { OpenSummary, OpenedFile } from "./workbookRead";
import type { WorkbookModel } from "./workbookModel";

/** The .xlsx reader and writer, in their own chunk: fetched from this site the first time a file is opened or downloaded. */
const xlsxFile = () => import(/* webpackChunkName: "xlsx" */ "./xlsxFile");

/** The bar's texts in the language, from the catalogue (src/i18n/preview.ts). */
const TEXT = inLanguages((language) => {
  const say = (key: FileBarTextKey, vars: Vars = {}) => message(FILE_BAR_TEXTS, language, key, vars);
  const counted = (part: "sheets" | "tables" | "merges", n: number) => say(n === 1 ? `${part}.one` : `${part}.many`, { n });
  return {
    open: say("open"),
    download: say("download"),
    local: say("local"),
    drop: say("drop"),
    opened: (name: string, s: OpenSummary) =>
      say("opened", {
        name,
        sheets: counted("sheets", s.sheets),
        cells: s.cells,
        tables: counted("tables", s.tables),
        merges: counted("merges", s.merges),
      }),
    notXlsx: (name: string, why: string) => say("notXlsx", { name, why }),
    downloaded: (name: string) => say("downloaded", { name }),
    failed: (why: string) => say("failed", { why }),
  };
});

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  input: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
  hint: { color: tokens.colorNeutralForeground3 },
});

type Notice = { intent: "success" | "error"; text: string } | null;

export interface WorkbookFile {
  open: (file: File) => Promise<void>;
  download: () => Promise<void>;
  notice: Notice;
  busy: boolean;
  language: Language;
}

/**
 * Opening a local .xlsx into the simulated workbook and downloading it as .xlsx; `onOpened` lets
 * the grid show the new sheets. The file opened is kept: the download starts from it.
 */
export function useWorkbookFile(model: WorkbookModel, language: Language, onOpened: () => void): WorkbookFile {
  const t = TEXT[language];
  const opened = useRef<OpenedFile | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const busyWhile = async (work: () => Promise<void>, failed: (e: Error) => string) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setNotice({ intent: "error", text: failed(e as Error) });
    } finally {
      setBusy(false);
    }
  };
  const open = (file: File) =>
    busyWhile(
      async () => {
        const { openFile } = await xlsxFile();
        const result = await openFile(await file.arrayBuffer(), file.name, model);
        opened.current = result.opened;
        setNotice({ intent: "success", text: t.opened(file.name, result.summary) });
        onOpened();
      },
      (e) => t.notXlsx(file.name, e.message),
    );
  const download = () =>
    busyWhile(
      async () => {
        const { fileOf } = await xlsxFile();
        const bytes = await fileOf(model, workbookValuesOf(model), opened.current);
        const name = opened.current ? opened.current.name.replace(/\.xlsx$/i, "") + " - Verdeelwijzer.xlsx" : "Verdeelwijzer.xlsx";
        saveBytes(bytes, name);
        setNotice({ intent: "success", text: t.downloaded(name) });
      },
      (e) => t.failed(e.message),
    );
  return { open, download, notice, busy, language };
}

/** The buttons (a file picker and the download), what stays local, and what happened. */
export function FileBar({ file }: { file: WorkbookFile }) {
  const t = TEXT[file.language];
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <div className={styles.bar}>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={styles.input}
          aria-label={t.open}
          tabIndex={-1}
          onChange={(e) => {
            const chosen = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (chosen) void file.open(chosen);
          }}
        />
        <Button icon={<FolderOpen20Regular />} disabled={file.busy} onClick={() => input.current?.click()}>
          {t.open}
        </Button>
        <Button icon={<ArrowDownload20Regular />} disabled={file.busy} onClick={() => void file.download()}>
          {t.download}
        </Button>
        <Text size={200} className={styles.hint}>
          {t.drop} {t.local}
        </Text>
      </div>
      {file.notice && (
        <MessageBar intent={file.notice.intent}>
          <MessageBarBody>{file.notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** The .xlsx file among the dropped items, or null. */
export function readDroppedFile(data: DataTransfer | null): File | null {
  const files = [...(data?.files ?? [])];
  return files.find((f) => /\.xlsx$/i.test(f.name)) ?? files[0] ?? null;
}

/** A download made in the page: a blob URL, never a request. */
function saveBytes(bytes: ArrayBuffer, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
