import type { SVGProps } from 'react';

/** Small stroke icons of the builder (decorative: `aria-hidden`; the button around them carries the name). */
function Icon({ d, ...rest }: SVGProps<SVGSVGElement> & { d: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.7}
      strokeLinecap="round"
      strokeLinejoin="round"
      className="size-4 shrink-0"
      {...rest}
    >
      <path d={d} />
    </svg>
  );
}

/** Arrow up. */
export const UpIcon = () => <Icon d="M10 15V5m-4.5 4.5L10 5l4.5 4.5" />;
/** Arrow down. */
export const DownIcon = () => <Icon d="M10 5v10m-4.5-4.5L10 15l4.5-4.5" />;
/** Plus. */
export const PlusIcon = () => <Icon d="M10 4.5v11M4.5 10h11" />;
/** Two overlapping sheets: duplicate. */
export const DuplicateIcon = () => <Icon d="M7 7h8.5v8.5H7zM4.5 13V4.5H13" />;
/** Arrow into a bar: move to another step. */
export const MoveToIcon = () => <Icon d="M3.5 10h9M9 6.5l3.5 3.5L9 13.5M16 4.5v11" />;
/** Trash can. */
export const TrashIcon = () => <Icon d="M4 6h12M8 6V4.5h4V6m-6 0 .7 9.5h6.6L14 6" />;
/** Six dots: a drag handle. */
export const GripIcon = () => (
  <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0" fill="currentColor">
    {[6, 10, 14].flatMap((y) => [7.5, 12.5].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r={1.3} />))}
  </svg>
);
/** Gear: settings. */
export const SettingsIcon = () => (
  <Icon d="M10 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Zm6-2.5-1.6-.6-.3-.8.7-1.5-1.4-1.4-1.5.7-.8-.3L10.5 4h-1l-.6 1.6-.8.3-1.5-.7-1.4 1.4.7 1.5-.3.8L4 9.5v1l1.6.6.3.8-.7 1.5 1.4 1.4 1.5-.7.8.3.6 1.6h1l.6-1.6.8-.3 1.5.7 1.4-1.4-.7-1.5.3-.8 1.6-.6Z" />
);
/** Clock with a backwards arrow: history. */
export const HistoryIcon = () => <Icon d="M3.5 10a6.5 6.5 0 1 0 2-4.7M3.5 4v2.8h2.8M10 6.5V10l2.5 1.5" />;
/** Eye: preview. */
export const EyeIcon = () => (
  <Icon d="M2.5 10S5 4.5 10 4.5 17.5 10 17.5 10 15 15.5 10 15.5 2.5 10 2.5 10Zm7.5 2a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z" />
);
/** Tray with an arrow down: download / export. */
export const DownloadIcon = () => <Icon d="M10 3.5v9m-3.5-3.5L10 12.5 13.5 9M4 13.5v2h12v-2" />;
/** Tray with an arrow up: upload / import. */
export const UploadIcon = () => <Icon d="M10 12.5v-9M6.5 7 10 3.5 13.5 7M4 13.5v2h12v-2" />;
/** Circular arrow: restart. */
export const RestartIcon = () => <Icon d="M15.5 10a5.5 5.5 0 1 1-1.6-3.9M15.5 3.5v3h-3" />;
/** Triangle play: start. */
export const PlayIcon = () => <Icon d="M7 5v10l8-5-8-5Z" />;
/** Three linked dots: share. */
export const ShareIcon = () => (
  <Icon d="M14.5 6.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm-9 5.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm9 5.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM7.3 11l5.4 3M12.7 6l-5.4 3" />
);
