/** Anything Node counts as keeping the process alive: servers, sockets, child processes, pipes. */
export interface Refable {
  ref(): unknown;
  unref(): unknown;
}

/**
 * Keeps the Node process alive only while the SDK is doing something (connecting, or waiting on a request). A script
 * that forgets `client.close()` still exits when its work is done, instead of hanging on an idle socket.
 */
export class ProcessHold {
  private readonly handles = new Set<Refable>();
  private activity = 0;

  add(handle: Refable) {
    this.handles.add(handle);
    this.apply(handle);
  }

  remove(handle: Refable) {
    this.handles.delete(handle);
  }

  /** Holds the process until the work settles. */
  async during<T>(work: () => Promise<T>): Promise<T> {
    this.change(1);
    try {
      return await work();
    } finally {
      this.change(-1);
    }
  }

  private change(delta: number) {
    const before = this.activity > 0;
    this.activity += delta;
    if (before !== this.activity > 0) for (const handle of this.handles) this.apply(handle);
  }

  private apply(handle: Refable) {
    if (this.activity > 0) handle.ref();
    else handle.unref();
  }
}
