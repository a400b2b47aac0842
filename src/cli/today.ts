/** Today's date where the rep is, as YYYY-MM-DD (not UTC's, which is tomorrow late in the day in the Americas). */
export function todayIso(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}
