export declare const GLOBAL_NAME: 'TabwrightSnapshot';
export declare function buildSnapshotScript(): Promise<string>;
