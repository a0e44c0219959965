/**
 * Build of the add-in, after Microsoft's Office-Addin-TaskPane-React and Excel-Custom-Functions
 * templates, for ONE shared runtime: taskpane.html loads functions.js (blocking, first) and
 * then the pane's scripts, so the THUIS functions are associated before Excel calls them.
 * Outputs: dist/taskpane.html, taskpane.js (+ react.js and fluent.js, shared with the preview),
 * functions.js, functions.json (+ functions.nl.json), griffel.css (the components' styles),
 * preview.html (browser preview without Excel), index.html (the start page of the dev server:
 * preview links and how to sideload), assets/, manifest.xml, *.chunk.js (loaded on demand).
 * Production builds use plain source maps: no eval anywhere.
 */
const path = require("path");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const { localizeFunctionsMetadata, readDutchHelp } = require("./scripts/localize-functions.js");

/** exceljs's browser build, loaded by the preview only when a file is opened or downloaded. */
const EXCELJS_BROWSER = /exceljs[\\/]dist[\\/]exceljs\.bare\.min\.js$/;

const port = process.env.npm_package_config_dev_server_port || 3000;

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    // Installing the development CA needs sudo on Linux; without it, serve with the generated
    // certificate anyway (the browser asks once to trust it) rather than not start at all.
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const file = (name) => path.join(dir, name);
    if (!["ca.crt", "localhost.crt", "localhost.key"].every((f) => fs.existsSync(file(f)))) {
      await require("office-addin-dev-certs/lib/generate").generateCertificates();
    }
    console.warn(
      `\nDe ontwikkelcertificaat-CA kon niet worden geïnstalleerd (${error.message.split("\n")[0]}).\n` +
        `The development CA could not be installed; serving with ${file("localhost.crt")} anyway.\n` +
        `Trust ${file("ca.crt")} in your browser or system to avoid certificate warnings.\n`,
    );
    return {
      ca: fs.readFileSync(file("ca.crt")),
      cert: fs.readFileSync(file("localhost.crt")),
      key: fs.readFileSync(file("localhost.key")),
    };
  }
}

/** Emits functions.<locale>.json beside functions.json: same ids and names, translated help. */
class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadata", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsMetadata", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const source = compilation.getAsset("functions.json");
          if (!source) return;
          const nl = readDutchHelp(fs.readFileSync(path.resolve(__dirname, "src/functions/functions.ts"), "utf8"));
          const localized = localizeFunctionsMetadata(JSON.parse(source.source.source().toString()), nl);
          compilation.emitAsset("functions.nl.json", new compiler.webpack.sources.RawSource(JSON.stringify(localized, null, 2)));
        },
      );
    });
  }
}

/** The entries whose first view should be quick: the task pane and the browser preview (issue 20). */
const FIRST_VIEW_ENTRIES = ["taskpane", "preview"];

/**
 * The libraries of the first view, each a script of its own that both pages share (react.js,
 * fluent.js): the browser fetches and compiles the three scripts of a page side by side, each on
 * a thread of its own, instead of one script after the other.
 */
const FIRST_VIEW_LIBRARIES = {
  react: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
  fluent: /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|keyborg|rtl-css-js|stylis|@swc[\\/]helpers)[\\/]/,
};

/**
 * V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chromium 136+, so Edge WebView2 and
 * Chrome; other engines read a comment) on the scripts that build the pane's first view: their
 * functions are compiled while the script streams in, on a background thread, instead of one by
 * one on the main thread at their first call — most of the time before the first step shows was
 * that (issue 20). Added after minification, which drops comments.
 */
class CompileHintPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("CompileHint", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "CompileHint", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 }, () => {
        const files = new Set(
          FIRST_VIEW_ENTRIES.flatMap((name) => compilation.entrypoints.get(name)?.getFiles() ?? []).filter((f) => f.endsWith(".js")),
        );
        for (const file of files) {
          compilation.updateAsset(file, (source) => new sources.ConcatSource("//# allFunctionsCalledOnLoad\n", source));
        }
      });
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const withPreview = fs.existsSync(path.resolve(__dirname, "src/preview/index.tsx"));
  const entry = {
    functions: "./src/functions/functions.ts",
    taskpane: "./src/taskpane/index.tsx",
  };
  if (withPreview) entry.preview = "./src/preview/index.tsx";

  return {
    devtool: dev ? "source-map" : false,
    // modules and minified chunks kept between builds (node_modules/.cache/webpack): `npm test`
    // builds every time, and a build with nothing changed then takes a few seconds, not twenty;
    // a change to this file or to the loaders in scripts/ starts afresh
    cache: {
      type: "filesystem",
      name: dev ? "development" : "production",
      buildDependencies: {
        config: [
          path.join(__dirname, "webpack.config.js"),
          path.resolve(__dirname, "scripts/eval-free-exceljs.js"),
          path.resolve(__dirname, "scripts/localize-functions.js"),
        ],
      },
    },
    entry,
    // Office's supported browsers (Edge WebView2, Safari, Chromium) all have ES2020 and globalThis;
    // saying so keeps webpack's runtime from falling back to `new Function("return this")`.
    target: ["web", "es2020"],
    output: {
      environment: { globalThis: true },
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // chunks loaded on demand: the pane's later steps (src/taskpane/parts.ts), the Excel adapter,
      // the preview's .xlsx reader and writer (xlsx.chunk.js)
      chunkFilename: "[name].chunk.js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".html"] },
    module: {
      // exceljs's browser build is a finished bundle: not parsed again (its own require stays its own)
      noParse: EXCELJS_BROWSER,
      rules: [
        // made eval-free for the strict CSP; see scripts/eval-free-exceljs.js
        { test: EXCELJS_BROWSER, use: path.resolve(__dirname, "scripts/eval-free-exceljs.js") },
        // Fluent's styles (and ours) as one CSS file made at build time (issue 20): the first render
        // inserts no CSS rules one by one, and the scripts carry no CSS text. Loaders run last rule
        // first: TypeScript, then our makeStyles to Griffel's ahead-of-time form, then extraction.
        ...(dev
          ? []
          : [
              {
                test: /\.(js|mjs|ts|tsx)$/,
                include: [path.resolve(__dirname, "src"), /[\\/]node_modules[\\/]@fluentui[\\/]/],
                use: { loader: GriffelCSSExtractionPlugin.loader },
              },
              {
                test: /\.tsx?$/,
                exclude: /node_modules/,
                use: {
                  loader: "@griffel/webpack-loader",
                  options: {
                    modules: [{ moduleSource: "@fluentui/react-components", importName: "makeStyles" }],
                    babelOptions: { presets: ["@babel/preset-typescript"] },
                  },
                },
              },
              { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
            ]),
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    // the entries stay whole but for React and Fluent, scripts of their own beside the pane's and the
    // preview's (taskpane.html loads functions.js, then fluent.js, react.js, taskpane.js); code that
    // several lazy parts share goes into a chunk of its own rather than into each of them; a library
    // used by one lazy part stays in that part's chunk (no vendors chunk: xlsx.chunk.js carries exceljs)
    optimization: {
      splitChunks: {
        chunks: "async",
        cacheGroups: {
          defaultVendors: false,
          ...Object.fromEntries(
            Object.entries(FIRST_VIEW_LIBRARIES).map(([name, test]) => [
              name,
              { test, name, chunks: (chunk) => FIRST_VIEW_ENTRIES.includes(chunk.name), enforce: true },
            ]),
          ),
        },
      },
      // swc's minifier (Rust) in place of terser: the same size within a percent, a tenth of the
      // time; the build is part of `npm test`, so its minutes were every engineer's minutes
      // keep_fargs (swc's default, said here on purpose): THUIS_ARITY (src/functions/arity.ts) counts each wrapper's
      // parameters with fn.length, so the minifier must not drop a parameter the body does not read
      minimizer: [
        new MinimizerPlugin({ minify: MinimizerPlugin.swcMinify, minimizerOptions: { compress: { passes: 2, keep_fargs: true } } }),
      ],
    },
    performance: { hints: false },
    plugins: [
      ...(dev ? [] : [new MiniCssExtractPlugin({ ignoreOrder: true }), new GriffelCSSExtractionPlugin()]),
      new CompileHintPlugin(),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // functions first, blocking: the shared runtime must associate before Excel calls
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "blocking",
        inject: "body",
      }),
      ...(withPreview
        ? [
            new HtmlWebpackPlugin({
              filename: "preview.html",
              template: "./src/preview/preview.html",
              chunks: ["preview"],
              // in the head, deferred: the three scripts are fetched at once, as soon as the page
              // arrives, and run in order once it is parsed (the task pane keeps functions.js blocking)
              scriptLoading: "defer",
              inject: "head",
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          // https://localhost:3000/ leads somewhere without Excel: the preview and how to sideload
          ...(withPreview ? [{ from: "src/preview/index.html", to: "index.html" }] : []),
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD ? undefined : await httpsOptions() },
      port,
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
};
