/**
 * The holiday library, built apart from the sidebar into Holidays.html (a script the server
 * hands the sidebar when a plan is first generated, holidayLibrary in server.ts), so that the
 * sidebar paints without waiting for it. It sets window.planbookHolidays.
 */
export { withPublicHolidays } from '../../core/holidays/public-holidays';
