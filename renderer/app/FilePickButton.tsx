import { useRef, type ReactNode } from 'react';

interface Props {
  /** File types offered first in the chooser, e.g. ".fznb". */
  accept?: string;
  className?: string;
  disabled?: boolean;
  onPick: (file: File) => void;
  /** Several files at once (汇审): each chosen file is passed to onPick, in the order chosen. */
  multiple?: boolean;
  children: ReactNode;
}

/**
 * A button that opens the system's file chooser. The chosen file is read in the window and sent
 * as bytes, which works the same in Electron and in the browser preview; no path leaves the page.
 */
export function FilePickButton({ accept, className, disabled, onPick, multiple, children }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        multiple={multiple}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared, so choosing the same file again is still a change.
          event.target.value = '';
          for (const file of multiple ? files : files.slice(0, 1)) onPick(file);
        }}
      />
    </>
  );
}
