/** The add-in's version, shown on sheets it writes (a test keeps it equal to package.json). */
export const VERSION = "0.1.0";
