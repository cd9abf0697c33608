import type { CustomToolAnswer, CustomToolSpec } from '../shared/custom-tools';
import { TabwrightSdkError } from './errors';

/** A tool of your own for the agent: the model sees its name, description and input schema; `run` runs here. */
export interface CustomTool<Input = Record<string, unknown>> {
  /** 1–64 letters, digits, "_" or "-". */
  name: string;
  /** What the tool does and when to use it, for the model. */
  description?: string;
  /** A JSON Schema of type "object" for the input the model must pass. */
  inputSchema: Record<string, unknown>;
  /** Its return value (JSON) becomes the tool's result; a thrown error's message is what the model is told. */
  run: (input: Input) => unknown;
}

/** The definitions that travel to the browser; the functions stay in this process. */
export function toolSpecs(tools: readonly CustomTool<never>[]): CustomToolSpec[] {
  const missing = tools.findIndex((tool) => typeof tool?.run !== 'function');
  if (missing >= 0) {
    throw new TabwrightSdkError(
      'invalid_option',
      `Tool ${missing + 1} has no run function: the SDK runs it when the model calls it.`,
      'tools',
    );
  }
  return tools.map((tool) => ({
    name: tool.name,
    description: tool.description ?? '',
    input_schema: tool.inputSchema,
  }));
}

/** Runs a tool for one call and turns whatever happens into an answer the model can read. */
export async function runCustomTool(tool: CustomTool<never>, input: unknown): Promise<CustomToolAnswer> {
  try {
    const output = await tool.run(input as never);
    // The answer crosses the bridge as JSON: a value that does not survive that is an error of the tool's.
    return { ok: true, output: output === undefined ? null : JSON.parse(JSON.stringify(output)) };
  } catch (error) {
    return { ok: false, output: error instanceof Error ? error.message : String(error) };
  }
}
