// One field of a form: its label, the control, a hint, and the messages
// about it, tied together for assistive technology (the control is labelled
// by the label and described by the hint and the messages).
import type { ReactNode } from 'react';
import type { FieldMessage } from './useFieldErrors';

export type ControlProps = Readonly<{
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}>;

type Props = Readonly<{
  id: string;
  label: ReactNode;
  messages: readonly FieldMessage[];
  hint?: ReactNode;
  /** Names the list item an indexed message is about ("hsCodes.1" → "“99”"). */
  describeIndex?: (index: number) => string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}>;

export function messagesId(id: string): string {
  return `${id}-error`;
}

export function hintId(id: string): string {
  return `${id}-hint`;
}

export function Field({ id, label, messages, hint, describeIndex, className, children }: Props) {
  const invalid = messages.length > 0;
  const describedBy = [hint === undefined ? null : hintId(id), invalid ? messagesId(id) : null].filter((part) => part !== null).join(' ');
  return (
    <div className={`field${invalid ? ' has-error' : ''}${className === undefined ? '' : ` ${className}`}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': invalid, 'aria-describedby': describedBy === '' ? undefined : describedBy })}
      {hint !== undefined && (
        <p className="field-hint" id={hintId(id)}>
          {hint}
        </p>
      )}
      <FieldMessages id={messagesId(id)} messages={messages} describeIndex={describeIndex} />
    </div>
  );
}

/** The messages about one field, under it (or in the form's summary). */
export function FieldMessages({ id, messages, describeIndex }: Readonly<{ id: string; messages: readonly FieldMessage[]; describeIndex?: (index: number) => string }>) {
  if (messages.length === 0) return null;
  return (
    <div className="field-error" id={id}>
      {messages.map(({ path, index, text }) => (
        <p key={path}>{index !== null && describeIndex ? `${describeIndex(index)}: ${text}` : text}</p>
      ))}
    </div>
  );
}
