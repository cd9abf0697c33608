import type { ComponentChildren } from 'preact';

/** The logo and name every Tabwright page opens with, and that page's own controls beside them. */
export function AppHeader({ title = 'Tabwright', children }: { title?: string; children?: ComponentChildren }) {
  return (
    <header class="app-header">
      <h1>
        <img src="/icons/icon48.png" alt="" class="logo" />
        {title}
      </h1>
      {children}
    </header>
  );
}
