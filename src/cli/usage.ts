export const USAGE = `Usage: tabwright run "<task>" [options]
       tabwright serve [--port N] [--api-key KEY] [browser options]

Runs one task with the Tabwright agent in a browser. Prints the task's output as JSON on
stdout; progress, then a line with the status, credits and duration, go to stderr.

Task:
  --url URL               start the task on this page
  --schema FILE           a JSON Schema file the output must match
  --metadata KEY=VALUE    a named value the agent may use (text); repeatable
  --metadata-json JSON    named values as a JSON object (numbers, lists, ...)
  --max-steps N           2 to 128 (default 32)
  --max-credits N         stop once the task has spent N credits (1 credit = US$0.01)
  --json                  print the whole result: {status, output, credits_used, duration, steps, message}
  -q, --quiet             no progress lines

Browser:
  --token TOKEN           the pairing token from Tabwright Settings (default: $TABWRIGHT_TOKEN)
  --port N                the bridge port (default: $TABWRIGHT_PORT, else 17373)
  --launch                use a Chromium of its own with Tabwright loaded (the default without a token)
  --no-launch             use only your own browser; fail when it does not connect
  --headed                show the launched browser's window
  --model ID              the model for a launched browser
  --base-url URL          the API endpoint for a launched browser (default: $ANTHROPIC_BASE_URL);
                          its API key comes from $ANTHROPIC_API_KEY

Serve (the hosted agent API's v1 on 127.0.0.1, for scripts written with its Python or TypeScript SDK):
  --port N                the API's port (default 17374); the bridge then uses --bridge-port (default 17373)
  --api-key KEY           the key scripts send in the "apikey" header (default: $TABWRIGHT_API_KEY, else the
                          local API key shown in Tabwright Settings beside the pairing token)
  --bridge-port N         the bridge port for serve (default: $TABWRIGHT_PORT, else 17373)

Exit status: 0 success, 1 error, 2 bad arguments, 3 failed, 4 max_steps, 5 budget_exceeded, 6 cancelled.
`;
