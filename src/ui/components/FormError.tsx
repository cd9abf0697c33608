/** A task that could not start, in words; when the fix is in Settings, a way there. */
export function FormError({ message }: { message: string }) {
  if (!message) return null;
  return (
    <p class="form-error" role="alert" data-testid="form-error">
      {message}
      {/API key|base URL|model/i.test(message) ? (
        <>
          {' '}
          <button type="button" class="link" onClick={() => chrome.runtime.openOptionsPage()}>
            Open Settings
          </button>
        </>
      ) : null}
    </p>
  );
}
