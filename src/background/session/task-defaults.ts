import type { ConfirmationPolicy, Settings } from '../../shared/settings';
import type { TaskOptions, TaskRequest } from '../../shared/task';

/**
 * The one place Settings' defaults reach a task: whatever surface started it (panel, popup, SDK, CLI), an option it
 * left out takes the person's default. Allowed domains from Settings apply only to a task that names no sites.
 */
export function withSettingsDefaults(request: TaskRequest, settings: Settings): TaskOptions {
  return {
    ...request,
    max_steps: request.max_steps ?? settings.defaultMaxSteps,
    ...(request.max_credits === undefined && settings.defaultMaxCredits !== null
      ? { max_credits: settings.defaultMaxCredits }
      : {}),
    ...(request.allowed_urls === undefined && settings.allowedDomains.length > 0
      ? { allowed_urls: settings.allowedDomains.map((domain) => `*.${domain}`) }
      : {}),
  };
}

/**
 * The confirmation policy a task runs under: its own, else Settings' at the time it runs. It is not written into the
 * task's options, so a task re-run from history follows the person's current Settings rather than the ones it ran
 * under.
 */
export function confirmationPolicyOf(options: TaskOptions, settings: Settings): ConfirmationPolicy {
  return options.confirmation_policy ?? settings.confirmationPolicy;
}
