import type { Input } from '../../shared/ipc/contract';
import { ApiError } from '../api';

export type FileUpload = Input<'packages:import'>;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * A file the clerk picked, as the contract carries it (name and base64). Too large a file is
 * refused here, before it is read into memory; the services check the size again.
 */
export function readFileUpload(file: File, maxBytes: number, what: string): Promise<FileUpload> {
  if (file.size > maxBytes) {
    return Promise.reject(
      new ApiError('invalid-input', `“${file.name}”超过 ${megabytes(maxBytes)}，不像是${what}。请确认选对了文件。`),
    );
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // A data: URL is the browser's own base64 encoder; what follows the comma is the file.
    reader.onload = () => resolve({ name: file.name, bytesBase64: String(reader.result).replace(/^data:[^,]*,/, '') });
    reader.onerror = () =>
      reject(
        new ApiError(
          'invalid-input',
          `无法读取“${file.name}”。请确认文件还在原处（U 盘没有拔出），或先复制到本机磁盘再选择。`,
        ),
      );
    reader.readAsDataURL(file);
  });
}
