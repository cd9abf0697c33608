/** Why a stopped task ended, in its result: the reason given to stop() (a script's Ctrl-C, nobody to answer), else the user. */
export function stopMessage(signal: AbortSignal): string {
  return typeof signal.reason === 'string' ? signal.reason : 'Stopped by the user.';
}
