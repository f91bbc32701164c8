// Plain data, apart from the recovery schemas: the library's 从备份恢复… checks a file's size before sending it.

/** A whole database chosen for 从备份恢复…: years of reports with their history stay far below this. */
export const DATABASE_FILE_MAX_BYTES = 200 * 1024 * 1024;
