/** "2026-03-03 14:00" in local time: what a spreadsheet reads as a date and a person as one too. */
export function localDateTime(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}`
  );
}

/** "2026-03-03" for file names. */
export const localDate = (at: number): string => localDateTime(at).slice(0, 10);
