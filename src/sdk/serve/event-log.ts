/** One event as the hosted API's SDKs read it: they act on the ones with an id and poll with the last timestamp. */
export interface WireEvent {
  id: string;
  name: string;
  payload: Record<string, unknown>;
  /** Milliseconds, a whole number, strictly increasing within a task. */
  timestamp: number;
}

/**
 * A task's events in order. The SDKs ask for the events after the last timestamp they saw (`event_t`), so
 * timestamps must never repeat: two events in the same millisecond would lose the second to a poll in between.
 */
export class EventLog {
  private readonly events: WireEvent[] = [];
  private last = 0;

  append(name: string, payload: Record<string, unknown>, id: string = newEventId()): WireEvent {
    this.last = Math.max(Date.now(), this.last + 1);
    const event = { id, name, payload, timestamp: this.last };
    this.events.push(event);
    return event;
  }

  /** The events after `timestamp` (all of them for 0). */
  after(timestamp: number): WireEvent[] {
    return this.events.filter((event) => event.timestamp > timestamp);
  }
}

/** Ids in the SDKs' own style: 21 URL-safe characters. */
export function newEventId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Buffer.from(bytes).toString('base64url').slice(0, 21);
}
