/** exceljs's browser build (loaded by src/preview/xlsxFile.ts): the same API as the Node package. */
declare module "exceljs/dist/exceljs.bare.min.js" {
  import ExcelJS from "exceljs";
  export default ExcelJS;
}
