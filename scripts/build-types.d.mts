// Types of scripts/build-types.mjs, for the test that keeps src/model/record-types.generated.ts fresh.
export declare const OUTPUT: string;
export declare function recordTypesText(): Promise<string>;
