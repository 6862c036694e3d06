import type { Field } from '../../../../src/core/wizard/definition';
import { Button } from '../../ui/Button';
import { cx } from '../../ui/cx';
import { Select } from '../../ui/Select';
import { ConditionRowEditor } from './ConditionRowEditor';
import type { ConditionGroup, ConditionNode } from './logic-groups';
import { newRow } from './row-edits';

/** Props of {@link ConditionGroupEditor}. */
export interface ConditionGroupEditorProps {
  group: ConditionGroup;
  fields: Field[];
  /** "Condition" at the top level, "Condition 3." inside the third child: prefixes the children's names. */
  prefix: string;
  /** Nesting level: 0 for the top group. Groups can be added at level 0 only (one level of nesting). */
  depth: number;
  onChange: (group: ConditionGroup) => void;
  /** Removes this (nested) group; absent for the top group. */
  onRemove?: () => void;
}

/**
 * An AND/OR group of condition rows and nested groups: a "Match all/any" selector, the children with the
 * joining word between them, and buttons to add a condition or (at the top) a nested group.
 */
export function ConditionGroupEditor({
  group,
  fields,
  prefix,
  depth,
  onChange,
  onRemove,
}: ConditionGroupEditorProps) {
  const setChild = (index: number, child: ConditionNode) =>
    onChange({ ...group, children: group.children.map((c, i) => (i === index ? child : c)) });
  const removeChild = (index: number) =>
    onChange({ ...group, children: group.children.filter((_, i) => i !== index) });
  const add = (child: ConditionNode) => onChange({ ...group, children: [...group.children, child] });
  const joiner = group.combinator === 'and' ? 'and' : 'or';
  const groupName = depth === 0 ? 'Conditions' : `${prefix.replace(/\.$/, '')} group`;

  return (
    <div
      role="group"
      aria-label={groupName}
      className={cx('space-y-3', depth > 0 && 'rounded-lg border border-line bg-surface-muted p-3')}
    >
      {(group.children.length > 1 || depth > 0) && (
        <div className="flex flex-wrap items-center gap-2 text-sm text-fg-muted">
          <span>Match</span>
          <div className="w-24">
            <Select
              aria-label={`${groupName}: match all or any`}
              className="h-8"
              value={group.combinator}
              onChange={(e) => onChange({ ...group, combinator: e.target.value === 'or' ? 'or' : 'and' })}
            >
              <option value="and">all</option>
              <option value="or">any</option>
            </Select>
          </div>
          <span>of these</span>
          {onRemove && (
            <Button
              variant="ghost"
              size="sm"
              className="ml-auto"
              onClick={onRemove}
              aria-label={`Remove ${groupName.toLowerCase()}`}
            >
              Remove group
            </Button>
          )}
        </div>
      )}
      <ul className="space-y-2">
        {group.children.map((child, i) => {
          const name = `${prefix}${prefix.endsWith('.') ? '' : ' '}${i + 1}`;
          return (
            <li key={i} className="space-y-2">
              {i > 0 && (
                <span className="inline-block rounded bg-accent-soft px-1.5 py-0.5 text-xs font-semibold tracking-wide text-accent-text uppercase">
                  {joiner}
                </span>
              )}
              {child.kind === 'row' ? (
                <ConditionRowEditor
                  row={child}
                  fields={fields}
                  name={name}
                  onChange={(row) => setChild(i, row)}
                  onRemove={() => removeChild(i)}
                />
              ) : (
                <ConditionGroupEditor
                  group={child}
                  fields={fields}
                  prefix={`${name}.`}
                  depth={depth + 1}
                  onChange={(g) => setChild(i, g)}
                  onRemove={() => removeChild(i)}
                />
              )}
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          size="sm"
          onClick={() => add(newRow(fields))}
          disabled={fields.length === 0}
        >
          Add condition
        </Button>
        {depth === 0 && (
          <Button
            variant="ghost"
            size="sm"
            disabled={fields.length === 0}
            onClick={() =>
              add({
                kind: 'group',
                combinator: group.combinator === 'and' ? 'or' : 'and',
                children: [newRow(fields)],
              })
            }
          >
            Add group
          </Button>
        )}
      </div>
    </div>
  );
}
