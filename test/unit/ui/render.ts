import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

/** Mounts a component into a fresh container in happy-dom and gives back small, user-level helpers. */
export function mount(vnode: ComponentChild) {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(vnode, container));
  const byLabel = <T extends HTMLElement = HTMLInputElement>(label: string): T => {
    const labelled = [...container.querySelectorAll<HTMLElement>('[aria-label]')].find(
      (el) => el.getAttribute('aria-label') === label,
    );
    if (labelled) return labelled as T;
    const element = [...container.querySelectorAll('label')].find((el) => el.textContent?.trim() === label);
    const target = element?.htmlFor ? container.querySelector<T>(`#${element.htmlFor}`) : null;
    if (!target) throw new Error(`No control labelled "${label}" in:\n${container.innerHTML}`);
    return target;
  };
  const button = (name: string): HTMLButtonElement => {
    const found = [...container.querySelectorAll('button')].find(
      (el) => (el.getAttribute('aria-label') ?? el.textContent?.trim()) === name,
    );
    if (!found) throw new Error(`No button "${name}" in:\n${container.innerHTML}`);
    return found;
  };
  return {
    container,
    byLabel,
    button,
    text: () => container.textContent ?? '',
    rerender: (next: ComponentChild) => act(() => render(next, container)),
    unmount: () => {
      act(() => render(null, container));
      container.remove();
    },
  };
}

export function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(element: HTMLSelectElement, value: string) {
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function click(element: HTMLElement) {
  act(() => element.click());
}

/** Lets pending promises and timers (debounces) run, inside act so Preact flushes the updates they cause. */
export async function settle(ms = 0) {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}
