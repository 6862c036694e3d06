/**
 * The Guidepost widget loader, `/embed.js` (built by web/embed/build.ts; ≤ 5 kB gzipped, see
 * test/embed/embed-size.test.ts). On a host page:
 *
 *   <script src="https://guidepost.example/embed.js" data-wizard="acme/lead-capture" data-mode="popup"></script>
 *
 * `data-mode`: `inline` (an iframe where the script is, as tall as its content), `popup` (a button that opens
 * the player in a dialog), `slider` (a tab at the bottom right that slides a panel in) or `fullpage` (the
 * player covers the window). Optional: `data-label` (the button's text), `data-target` (a CSS selector to
 * render into instead of after the script).
 *
 * JS API: `Guidepost.open(wizard?)`, `Guidepost.close()`, `Guidepost.on(event, handler)` with `started`,
 * `step`, `completed` (values only when the wizard shares them). Every message is also dispatched on
 * `window` as a CustomEvent named `guidepost:<event>`. The visitor id lives in the host page's own
 * localStorage (first-party) and is passed to the player; no cookie is set.
 */

type Handler = (detail: Record<string, unknown>) => void;
type Mode = 'inline' | 'popup' | 'slider' | 'fullpage';

interface Widget {
  wizard: string;
  mode: Mode;
  origin: string;
  frame?: HTMLIFrameElement;
  shell?: HTMLElement;
  open(): void;
  close(): void;
}

interface GuidepostApi {
  open(wizard?: string): void;
  close(): void;
  on(event: string, handler: Handler): void;
  off(event: string, handler: Handler): void;
  widgets: Widget[];
}

declare global {
  interface Window {
    Guidepost?: GuidepostApi;
  }
}

const MODES: Mode[] = ['inline', 'popup', 'slider', 'fullpage'];
const VISITOR_KEY = 'guidepost.vid';

function visitorId(): string {
  try {
    let id = localStorage.getItem(VISITOR_KEY);
    if (!id) {
      id = crypto.randomUUID();
      localStorage.setItem(VISITOR_KEY, id);
    }
    return id;
  } catch {
    return crypto.randomUUID();
  }
}

function frameUrl(origin: string, wizard: string, mode: Mode): string {
  const [tenant = '', slug = ''] = wizard.split('/');
  const url = new URL(`/w/${encodeURIComponent(tenant)}/${encodeURIComponent(slug)}`, origin);
  const params = url.searchParams;
  params.set('embed', mode);
  params.set('vid', visitorId());
  params.set('parent', location.origin);
  params.set('landing', (location.origin + location.pathname + location.search).slice(0, 2000));
  if (document.referrer) params.set('ref', document.referrer.slice(0, 2000));
  new URLSearchParams(location.search).forEach((value, key) => {
    if (key.startsWith('utm_')) params.set(key, value.slice(0, 500));
  });
  return url.toString();
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  style: string,
  parent?: HTMLElement,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.style.cssText = style;
  parent?.appendChild(node);
  return node;
}

function iframe(widget: Widget, style: string, parent: HTMLElement): HTMLIFrameElement {
  const frame = element('iframe', `border:0;display:block;${style}`, parent);
  frame.src = frameUrl(widget.origin, widget.wizard, widget.mode);
  frame.title = 'Guidepost wizard';
  frame.allow = 'microphone; clipboard-write';
  return frame;
}

const BUTTON =
  'font:600 15px system-ui,sans-serif;padding:12px 20px;border:0;border-radius:999px;background:#4f46e5;color:#fff;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.2)';

function closeButton(widget: Widget, parent: HTMLElement): void {
  const button = element(
    'button',
    'position:absolute;top:8px;right:8px;width:36px;height:36px;border:0;border-radius:50%;background:#fff;font:20px system-ui;cursor:pointer;box-shadow:0 1px 4px rgba(0,0,0,.25);z-index:1',
    parent,
  );
  button.type = 'button';
  button.textContent = '×';
  button.setAttribute('aria-label', 'Close');
  button.onclick = () => widget.close();
}

function mount(script: HTMLScriptElement, api: GuidepostApi): void {
  const wizard = script.dataset.wizard ?? '';
  if (!/^[^/]+\/[^/]+$/.test(wizard)) {
    console.error('Guidepost: data-wizard must be "<tenant>/<wizard>", e.g. "acme/lead-capture"');
    return;
  }
  const mode = (MODES as string[]).includes(script.dataset.mode ?? '')
    ? (script.dataset.mode as Mode)
    : 'inline';
  const target = script.dataset.target ? document.querySelector<HTMLElement>(script.dataset.target) : null;
  const anchor = element('div', '');
  if (target) target.appendChild(anchor);
  else script.after(anchor);
  const widget: Widget = {
    wizard,
    mode,
    origin: new URL(script.src).origin,
    open() {
      if (mode === 'inline') return;
      if (!widget.shell) {
        const shell = element(
          'div',
          mode === 'slider'
            ? 'position:fixed;top:0;right:0;bottom:0;width:min(440px,100vw);z-index:2147483000;background:#fff;box-shadow:-8px 0 30px rgba(0,0,0,.2);transition:transform .25s;transform:translateX(100%)'
            : mode === 'popup'
              ? 'position:fixed;inset:0;z-index:2147483000;background:rgba(17,24,39,.55);display:flex;align-items:center;justify-content:center'
              : 'position:fixed;inset:0;z-index:2147483000;background:#fff',
          document.body,
        );
        shell.setAttribute('role', 'dialog');
        shell.setAttribute('aria-modal', 'true');
        shell.setAttribute('aria-label', 'Wizard');
        const box =
          mode === 'popup'
            ? element(
                'div',
                'position:relative;width:min(960px,94vw);height:min(760px,90vh);background:#fff;border-radius:16px;overflow:hidden',
                shell,
              )
            : shell;
        closeButton(widget, box);
        widget.frame = iframe(widget, 'width:100%;height:100%', box);
        if (mode === 'popup') shell.onclick = (event) => event.target === shell && widget.close();
        widget.shell = shell;
      }
      widget.shell.style.display = mode === 'popup' ? 'flex' : 'block';
      if (mode === 'slider') requestAnimationFrame(() => (widget.shell!.style.transform = 'none'));
    },
    close() {
      if (!widget.shell) return;
      if (mode === 'slider') widget.shell.style.transform = 'translateX(100%)';
      else widget.shell.style.display = 'none';
    },
  };
  if (mode === 'inline') widget.frame = iframe(widget, 'width:100%;height:640px', anchor);
  else if (mode === 'fullpage') widget.open();
  else {
    const launcher = element(
      'button',
      mode === 'slider' ? `${BUTTON};position:fixed;right:20px;bottom:20px;z-index:2147482999` : BUTTON,
      anchor,
    );
    launcher.type = 'button';
    launcher.textContent = script.dataset.label ?? 'Get started';
    launcher.onclick = () => widget.open();
  }
  api.widgets.push(widget);
}

function install(): GuidepostApi {
  if (window.Guidepost) return window.Guidepost;
  const handlers: Record<string, Handler[]> = {};
  const api: GuidepostApi = {
    widgets: [],
    open(wizard) {
      const widget = api.widgets.find((w) => w.mode !== 'inline' && (!wizard || w.wizard === wizard));
      widget?.open();
    },
    close() {
      api.widgets.forEach((w) => w.close());
    },
    on(event, handler) {
      (handlers[event] ??= []).push(handler);
    },
    off(event, handler) {
      handlers[event] = (handlers[event] ?? []).filter((h) => h !== handler);
    },
  };
  window.addEventListener('message', (event) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || typeof data.type !== 'string' || !data.type.startsWith('guidepost:')) return;
    const widget = api.widgets.find(
      (w) => w.frame?.contentWindow === event.source && w.origin === event.origin,
    );
    if (!widget) return;
    if (data.type === 'guidepost:resize') {
      if (widget.mode === 'inline' && typeof data.height === 'number')
        widget.frame!.style.height = `${Math.max(200, Math.min(data.height, 5000))}px`;
      return;
    }
    const name = data.type.slice('guidepost:'.length);
    const detail = data as Record<string, unknown>;
    (handlers[name] ?? []).forEach((handler) => handler(detail));
    window.dispatchEvent(new CustomEvent(data.type, { detail }));
  });
  window.Guidepost = api;
  return api;
}

const api = install();
const current = document.currentScript as HTMLScriptElement | null;
if (current?.dataset.wizard) mount(current, api);

export {};
