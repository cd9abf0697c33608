import { DEFAULT_BRIDGE_PORT, newPairingToken, type TaskProgress } from '../shared/bridge-protocol';
import { BridgeServer } from './bridge-server';
import { TabwrightSdkError } from './errors';
import { LaunchedChromium, type LaunchOptions } from './launch-chromium';
import { Session } from './session';
import { prepareTask, type TaskDefaults } from './task-options';

export interface TabwrightClientOptions {
  /** The 127.0.0.1 port to listen on. Default: TABWRIGHT_PORT, else 17373 (your browser), or a free port when launching. */
  port?: number;
  /** The pairing token shown in Tabwright Settings. Default: TABWRIGHT_TOKEN. */
  token?: string;
  /**
   * `false`: only your own browser. `true` or launch options: always a Chromium of the SDK's own, in a temporary profile.
   * Default: your browser when a token is given and it connects within `connectTimeoutMs`, else a launched Chromium.
   */
  launch?: boolean | LaunchOptions;
  /**
   * Tabwright's extension id in your browser (chrome://extensions), default TABWRIGHT_EXTENSION_ID: only that extension
   * may then connect. Without it the first extension that pairs is pinned for the rest of the client's life.
   */
  extensionId?: string;
  /** How long to wait for your browser. A worker the browser has stopped reconnects within 30 s. Default 35 000. */
  connectTimeoutMs?: number;
  /** For a launched Chromium only (your own browser uses its own settings). Default: ANTHROPIC_API_KEY. */
  apiKey?: string;
  /** For a launched Chromium only. Default: ANTHROPIC_BASE_URL, else the Anthropic API. */
  baseUrl?: string;
  /** For a launched Chromium only. Default: the extension's default model. */
  model?: string;
  /** For a launched Chromium only: lets `evaluateJs` and the agent's `javascript_exec` run scripts in pages. Default false. */
  allowJavaScript?: boolean;
  /** For a launched Chromium only: seconds the model may stay silent before a request fails. Default 60. */
  modelTimeoutSeconds?: number;
  /** Called as tasks progress: one call per saved step or action. */
  onProgress?: (sessionId: string, progress: TaskProgress) => void;
}

/** Where the session starts, and the options every task in it inherits (a task's own values replace them). */
export interface SessionOptions extends TaskDefaults {
  /** Where the session's tab starts. */
  url?: string;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 35_000;
/** A launched browser pairs in about a second; this allows for a slow, busy machine. */
const LAUNCH_PAIR_TIMEOUT_MS = 30_000;

/**
 * Drives Tabwright in a browser from Node: your own (enable the bridge in Tabwright Settings and give the pairing
 * token), or a Chromium the SDK launches with the extension loaded and paired automatically.
 */
export class TabwrightClient {
  private connecting: Promise<BridgeServer> | undefined;
  private browser: LaunchedChromium | undefined;
  private readonly sessions = new Set<Session>();

  constructor(private readonly options: TabwrightClientOptions = {}) {}

  /** Opens a session, runs `fn` with it, and closes the session afterwards, also when `fn` throws. */
  async session<T>(options: SessionOptions, fn: (session: Session) => Promise<T>): Promise<T> {
    const session = await this.createSession(options);
    let result: T;
    try {
      result = await fn(session);
    } catch (error) {
      await session.close().catch(() => undefined);
      throw error;
    }
    await session.close();
    return result;
  }

  /** A session that stays open until you close it (or close the client). */
  async createSession(options: SessionOptions = {}): Promise<Session> {
    const { url, ...defaults } = options;
    // Mistakes in the inherited options are reported now, before a window opens.
    await prepareTask({ task: 'check', ...defaults });
    const server = await this.connect();
    const info = await server.request('session.create', url === undefined ? {} : { url });
    const context = { defaults, launched: this.browser !== undefined };
    const session = new Session(server, info.sessionId, info.tabId, context, () => this.sessions.delete(session));
    this.sessions.add(session);
    return session;
  }

  /** Checks task options (in the API's names) in the browser as a task's start would, without running anything. */
  async checkWireTask(options: Record<string, unknown>): Promise<void> {
    const server = await this.connect();
    await server.request('task.check', { options });
  }

  /** Pairs with a browser; sessions call it, so calling it first only moves the wait (and its errors) earlier. */
  connect(): Promise<BridgeServer> {
    this.connecting ??= this.pair().catch((error: unknown) => {
      this.connecting = undefined;
      throw error;
    });
    return this.connecting;
  }

  /** Closes open sessions, the bridge, and a launched browser. */
  async close(): Promise<void> {
    const connecting = this.connecting;
    this.connecting = undefined;
    const server = await connecting?.catch(() => undefined);
    await Promise.all([...this.sessions].map((session) => session.close().catch(() => undefined)));
    await server?.close();
    await this.browser?.close();
    this.browser = undefined;
  }

  private async pair(): Promise<BridgeServer> {
    const token = this.options.token ?? process.env.TABWRIGHT_TOKEN;
    const launch = this.options.launch;
    if (!token && launch === false) {
      throw new TabwrightSdkError(
        'not_connected',
        'A pairing token is needed to reach your browser: copy it from Tabwright Settings → SDK bridge into the token option or TABWRIGHT_TOKEN.',
      );
    }
    // Without a token no browser of yours can pair, so there is nothing to wait for.
    const ownBrowserFirst = token !== undefined && (launch === undefined || launch === false);
    const pairingToken = token ?? newPairingToken();
    const port = this.options.port ?? portFromEnvironment() ?? (ownBrowserFirst ? DEFAULT_BRIDGE_PORT : 0);
    const server = await BridgeServer.listen(
      port,
      pairingToken,
      this.options.extensionId ?? (process.env.TABWRIGHT_EXTENSION_ID || undefined),
    );
    this.watchProgress(server);
    try {
      if (ownBrowserFirst) {
        const failure = await server.waitForBrowser(this.options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS).then(
          () => undefined,
          (error: unknown) => error,
        );
        if (!failure) return server;
        if (!(failure instanceof TabwrightSdkError) || failure.code !== 'not_connected') throw failure;
        if (launch === false) {
          throw new TabwrightSdkError(
            'not_connected',
            `${failure.message} Open your browser with Tabwright and turn on the SDK bridge in its settings ` +
              `(port ${server.port}), or let the SDK launch a browser.`,
          );
        }
      }
      await this.launchBrowser(server, pairingToken);
      return server;
    } catch (error) {
      await this.browser?.close();
      this.browser = undefined;
      await server.close();
      throw error;
    }
  }

  private async launchBrowser(server: BridgeServer, pairingToken: string) {
    const launchOptions = typeof this.options.launch === 'object' ? this.options.launch : {};
    const apiKey = this.options.apiKey ?? process.env.ANTHROPIC_API_KEY;
    if (!apiKey) {
      throw new TabwrightSdkError(
        'no_api_key',
        'No Anthropic API key for the browser the SDK launches: set ANTHROPIC_API_KEY (or pass apiKey to TabwrightClient; the CLI takes --api-key).',
      );
    }
    const baseUrl = this.options.baseUrl ?? process.env.ANTHROPIC_BASE_URL;
    this.browser = await LaunchedChromium.launch(launchOptions, {
      bridgePort: server.port,
      pairingToken,
      apiKey,
      ...(this.options.allowJavaScript ? { allowJavascript: true } : {}),
      ...(baseUrl ? { baseUrl } : {}),
      ...(this.options.model ? { model: this.options.model } : {}),
      ...(this.options.modelTimeoutSeconds !== undefined
        ? { modelTimeoutSeconds: positiveSeconds(this.options.modelTimeoutSeconds) }
        : {}),
    });
    server.hold.add(this.browser.pipe);
    if (this.browser.extensionId) server.pinExtension(this.browser.extensionId);
    await server.waitForBrowser(LAUNCH_PAIR_TIMEOUT_MS);
  }

  private watchProgress(server: BridgeServer) {
    const report = this.options.onProgress;
    if (report) server.onTaskEvent((event) => report(event.sessionId, event.state));
  }
}

function positiveSeconds(seconds: number): number {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) {
    throw new TabwrightSdkError(
      'invalid_option',
      `modelTimeoutSeconds must be a positive number of seconds, not ${JSON.stringify(seconds)}.`,
      'modelTimeoutSeconds',
    );
  }
  return seconds;
}

function portFromEnvironment(): number | undefined {
  const text = process.env.TABWRIGHT_PORT;
  if (!text) return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new TabwrightSdkError('invalid_option', `TABWRIGHT_PORT must be a port number, not "${text}".`, 'port');
  return port;
}
