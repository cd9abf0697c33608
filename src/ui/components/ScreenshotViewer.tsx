import { useEffect, useRef } from 'preact/hooks';

interface ScreenshotViewerProps {
  src: string;
  caption: string;
  onClose: () => void;
}

/** A step's screenshot at full size in a modal dialog; Escape or the Close button closes it. */
export function ScreenshotViewer({ src, caption, onClose }: ScreenshotViewerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
  }, []);
  return (
    <dialog ref={dialog} class="screenshot-viewer" aria-label={caption} onClose={onClose}>
      <figure>
        <img src={src} alt={caption} />
        <figcaption>
          <span>{caption}</span>
          <button type="button" onClick={onClose} autoFocus>
            Close
          </button>
        </figcaption>
      </figure>
    </dialog>
  );
}
