/**
 * The Apps Script entry: every function Sheets or the sidebar calls, as a global assignment
 * (gas-webpack-plugin turns each into a top-level function and keeps the JSDoc written here).
 * The KPI_* custom functions are assigned in functions.ts.
 */
import './functions';
import { onInstall, onOpen, showKpiHelp, showSidebar } from './menu';
import { generatePlan, holidayLibrary, openSheet } from './server';

declare global {
  var onOpen: () => void;
  var onInstall: () => void;
  var showSidebar: () => void;
  var showKpiHelp: () => void;
  var generatePlan: typeof import('./server').generatePlan;
  var openSheet: typeof import('./server').openSheet;
  var holidayLibrary: typeof import('./server').holidayLibrary;
}

/**
 * Adds the planbook menu when a spreadsheet opens (any auth mode: it only builds the menu).
 */
global.onOpen = onOpen;

/**
 * Adds the menu right after the add-on is installed, without reopening the spreadsheet.
 */
global.onInstall = onInstall;

/**
 * Opens the planbook sidebar.
 */
global.showSidebar = showSidebar;

/**
 * Shows the KPI functions and their help.
 */
global.showKpiHelp = showKpiHelp;

/**
 * Validates and generates the plan into the open spreadsheet, all or nothing; returns the
 * summary or the input's errors.
 */
global.generatePlan = generatePlan;

/**
 * Shows a sheet of the plan.
 */
global.openSheet = openSheet;

/**
 * The holiday library's script, for the sidebar to run when a plan is first generated.
 */
global.holidayLibrary = holidayLibrary;
