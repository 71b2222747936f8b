/**
 * planbook's version, as the workbook records it on its Settings sheet (package.json's; a test
 * keeps the two equal). A reader compares a workbook's with its own: the major version says
 * whether it knows the layout.
 */
export const PLANBOOK_VERSION = '0.1.0';
