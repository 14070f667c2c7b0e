// A date field in the UI language's format (renderer/forms/dates.ts), in
// place of <input type="date">, whose format follows the browser's locale
// rather than the app's. The form holds YYYY-MM-DD, as the API does; while
// the text cannot be read as a date the form holds the text as typed, so the
// form counts as changed and a save is refused with the field named.
import { useState, type ReactNode, type Ref } from 'react';
import type { Locale } from '../../shared/history/domain';
import { useLocale } from '../i18n/LocaleContext';
import { formatDateInput, parseDateInput } from './dates';
import { Field } from './Field';
import type { FieldMessage } from './useFieldErrors';

type Props = Readonly<{
  id: string;
  label: ReactNode;
  /** YYYY-MM-DD, '' for none, or text that is not yet a date. */
  value: string;
  onChange: (value: string) => void;
  messages: readonly FieldMessage[];
  /** Said after the format hint: what date to enter. */
  hint?: ReactNode;
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
}>;

type Shown = Readonly<{ value: string; locale: Locale; text: string }>;

export function DateField({ id, label, value, onChange, messages, hint, className, inputRef }: Props) {
  const { t, locale } = useLocale();
  const [shown, setShown] = useState<Shown>(() => ({ value, locale, text: formatDateInput(value, locale) }));
  const [touched, setTouched] = useState(false);
  // A value set from outside (a reset, a merge after a conflict) or a change
  // of language shows afresh; what the official is typing stays as typed.
  let text = shown.text;
  if (shown.value !== value || shown.locale !== locale) {
    text = formatDateInput(value, locale);
    setShown({ value, locale, text });
  }
  const parsed = parseDateInput(text, locale);
  const local: FieldMessage | null =
    (touched || messages.length > 0) && (parsed.kind === 'invalid' || parsed.kind === 'ambiguous')
      ? { path: id, index: null, text: t(parsed.kind === 'ambiguous' ? 'forms.date.ambiguous' : 'forms.date.invalid') }
      : null;

  function type(next: string) {
    const reading = parseDateInput(next, locale);
    const held = reading.kind === 'date' ? reading.iso : reading.kind === 'empty' ? '' : next;
    setShown({ value: held, locale, text: next });
    if (held !== value) onChange(held);
  }

  return (
    <Field
      id={id}
      label={label}
      className={`field-date${className === undefined ? '' : ` ${className}`}`}
      messages={local === null ? messages : [local]}
      hint={
        <>
          {t('forms.date.hint')}
          {hint !== undefined && <> {hint}</>}
        </>
      }
    >
      {(control) => (
        <input
          {...control}
          ref={inputRef}
          type="text"
          name={id}
          inputMode="text"
          autoComplete="off"
          placeholder={t('forms.date.placeholder')}
          value={text}
          onChange={(event) => type(event.target.value)}
          onBlur={() => {
            setTouched(true);
            // Written back the way the field shows dates ("3/2/2025" → "03/02/2025").
            if (parsed.kind === 'date') setShown({ value, locale, text: formatDateInput(parsed.iso, locale) });
          }}
        />
      )}
    </Field>
  );
}
