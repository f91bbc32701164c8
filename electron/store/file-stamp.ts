const pad = (value: number) => String(value).padStart(2, '0');

/** YYYYMMDD-HHMMSS in the clerk's local time: file names they can read and that sort by age. */
export function fileStamp(date: Date): string {
  return (
    `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  );
}
