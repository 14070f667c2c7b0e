// The user's name as the audit log records it: asked once on first start
// (NameDialog) and changeable in Settings — one field and one save for both.
import { useId, useState, type FormEvent } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { apiErrorText, fieldErrorText } from '../i18n/apiErrors';
import { useUser } from './UserContext';

export type UserNameForm = Readonly<{
  name: string;
  error: string | null;
  saving: boolean;
  change: (value: string) => void;
  submit: (event: FormEvent) => void;
}>;

export function useUserNameForm(initialName: string, onSaved: () => void): UserNameForm {
  const tools = useLocale();
  const { t } = tools;
  const { saveUserName } = useUser();
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(): Promise<void> {
    const trimmed = name.trim();
    if (trimmed === '') {
      setError(t('nameDialog.required'));
      return;
    }
    setSaving(true);
    const failure = await saveUserName(trimmed);
    setSaving(false);
    if (failure === null) onSaved();
    else setError(failure.fields?.userName ? fieldErrorText(failure.fields.userName, tools) : apiErrorText(failure, tools));
  }

  return {
    name,
    error,
    saving,
    change: (value) => {
      setName(value);
      setError(null);
    },
    submit: (event) => {
      event.preventDefault();
      void save();
    },
  };
}

export function UserNameField({ form, label, errorClassName = '' }: { form: UserNameForm; label: string; errorClassName?: string }) {
  const errorId = useId();
  return (
    <>
      <label className="field">
        <span className="field-label">{label}</span>
        <input
          type="text"
          name="userName"
          autoComplete="name"
          maxLength={120}
          value={form.name}
          aria-invalid={form.error !== null}
          aria-describedby={form.error !== null ? errorId : undefined}
          onChange={(event) => form.change(event.target.value)}
        />
      </label>
      {form.error !== null && (
        <p id={errorId} className={`field-error ${errorClassName}`.trim()} role="alert">
          {form.error}
        </p>
      )}
    </>
  );
}
