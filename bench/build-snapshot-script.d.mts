export declare const GLOBAL_NAME: 'TabwrightSnapshot';
export declare function buildSnapshotScript(): Promise<string>;
export declare function buildPageScript(entry: string, name: string): Promise<string>;
