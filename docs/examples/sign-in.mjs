// Signs in with a password the model never sees, on the one site it may be typed on; approvals and questions are
// answered by this script; the task is cancelled if it takes longer than a minute. Run after installing Tabwright:
//   BANK_PASSWORD=… node sign-in.mjs
import { TabwrightClient } from 'tabwright';

const site = process.env.EXAMPLE_SITE ?? 'https://bank.example';
// Your own browser when TABWRIGHT_TOKEN is set, else a Chromium the SDK launches (it needs ANTHROPIC_API_KEY).
const client = new TabwrightClient();
try {
  await client.session(
    {
      url: `${site}/bank/login.html`,
      allowedUrls: [`${site}/*`],
      secrets: { password: { value: process.env.BANK_PASSWORD, allowedUrls: [`${site}/bank/*`] } },
    },
    async (session) => {
      const run = session.runTask({
        task: 'Sign in as ada with <secret>password</secret>',
        confirm: async ({ action, site, intent }) => {
          console.error(`Approving on ${site}: ${action} (${intent ?? 'no reason given'})`);
          return 'approve';
        },
        onQuestion: async ({ question, choices }) => choices?.[0] ?? 'yes',
      });
      const timer = setTimeout(() => run.cancel('Took longer than a minute.'), 60_000);
      const result = await run;
      clearTimeout(timer);
      console.log(JSON.stringify(result));
    },
  );
} finally {
  await client.close();
}
