// A transient message with one action ("Deleted — Undo"), announced to screen readers.
import { h } from './dom';

const TOAST_MS = 7000;

export function showToast(text: string, action?: { label: string; run: () => void }): void {
  document.querySelector('.toast')?.remove();
  const button = action ? h('button', { type: 'button', class: 'toast-action' }, action.label) : null;
  const toast = h('div', { class: 'toast', role: 'status' }, h('span', {}, text), button);
  const close = (): void => {
    clearTimeout(timer);
    toast.remove();
  };
  button?.addEventListener('click', () => {
    close();
    action!.run();
  });
  const timer = setTimeout(close, TOAST_MS);
  document.body.append(toast);
}
