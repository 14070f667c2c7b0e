// The agenda in order, each item with its minutes (saved as typed) and the
// case it is about. Items move with their Move up / Move down buttons, with
// Alt+↑ / Alt+↓ anywhere in an item, or by dragging; the focus stays on the
// item moved.
import { useRef, useState, type DragEvent, type FormEvent, type KeyboardEvent } from 'react';
import type { AgendaItem, MeetingDetail } from '../../shared/meetings/domain';
import { useCommand } from '../api/queries';
import { Field } from '../forms/Field';
import { useFieldErrors } from '../forms/useFieldErrors';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useAutosave } from './useAutosave';

export type CaseOption = Readonly<{ id: string; label: string }>;

export function AgendaSection({ detail, cases }: { detail: MeetingDetail; cases: readonly CaseOption[] }) {
  const { t } = useLocale();
  const add = useCommand('agendaItems.add');
  const move = useCommand('agendaItems.move');
  const errors = useFieldErrors(add.error);
  const [title, setTitle] = useState('');
  const [caseId, setCaseId] = useState('');
  const titleRef = useRef<HTMLInputElement>(null);
  const dragged = useRef<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const response = await add.run({ meetingId: detail.meeting.id, title, caseId: caseId === '' ? null : caseId });
    if (response.ok) {
      setTitle('');
      setCaseId('');
      titleRef.current?.focus();
    }
  }

  async function moveTo(item: AgendaItem, position: number, focus: string) {
    if (position < 0 || position >= detail.agenda.length) return;
    const response = await move.run({ id: item.id, position });
    if (response.ok) listRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(item.id)}"] .${focus}`)?.focus();
  }

  return (
    <section className="panel meeting-section" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('meetings.agenda')}</h2>
      {move.error !== null && <ErrorNotice error={move.error} />}
      {detail.agenda.length === 0 ? (
        <p className="muted">{t('meetings.agenda.none')}</p>
      ) : (
        <ol className="agenda-list" ref={listRef}>
          {detail.agenda.map((item, index) => (
            <li
              key={item.id}
              data-item-id={item.id}
              className="agenda-item"
              draggable
              onDragStart={(event: DragEvent) => {
                dragged.current = item.id;
                event.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(event: DragEvent) => event.preventDefault()}
              onDrop={(event: DragEvent) => {
                event.preventDefault();
                const from = detail.agenda.find((candidate) => candidate.id === dragged.current);
                if (from !== undefined && from.id !== item.id) void moveTo(from, index, 'agenda-minutes');
                dragged.current = null;
              }}
              onKeyDown={(event: KeyboardEvent) => {
                if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
                event.preventDefault();
                void moveTo(item, index + (event.key === 'ArrowUp' ? -1 : 1), 'agenda-minutes');
              }}
            >
              <AgendaItemView item={item} index={index} count={detail.agenda.length} cases={cases} onMove={(position, focus) => void moveTo(item, position, focus)} />
            </li>
          ))}
        </ol>
      )}
      <form className="inline-form" onSubmit={(event) => void submit(event)} aria-label={t('meetings.agenda.add')} noValidate>
        <Field id="agenda-title" label={t('meetings.agenda.title')} messages={errors.messages('title')}>
          {(control) => <input {...control} ref={titleRef} value={title} maxLength={300} onChange={(event) => setTitle(event.target.value)} />}
        </Field>
        <Field id="agenda-case" label={t('meetings.agenda.case')} messages={errors.messages('caseId')}>
          {(control) => (
            <select {...control} value={caseId} onChange={(event) => setCaseId(event.target.value)}>
              <option value="">{t('meetings.agenda.noCase')}</option>
              {cases.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button primary" disabled={add.pending}>
          {t('meetings.agenda.add')}
        </button>
      </form>
    </section>
  );
}

function AgendaItemView({
  item,
  index,
  count,
  cases,
  onMove,
}: {
  item: AgendaItem;
  index: number;
  count: number;
  cases: readonly CaseOption[];
  onMove: (position: number, focus: string) => void;
}) {
  const { t } = useLocale();
  const update = useCommand('agendaItems.update');
  const remove = useCommand('agendaItems.remove');
  const minutes = useAutosave(`minutes.${item.id}`, item.minutes, async (text) => (await update.run({ id: item.id, minutes: text })).ok);
  const minutesId = `agenda-minutes-${item.id}`;
  const linked = cases.find((option) => option.id === item.caseId);
  return (
    <>
      <div className="agenda-item-head">
        <span className="agenda-number">{index + 1}.</span>
        <h3 className="agenda-title">{item.title}</h3>
        {item.caseId !== null && (
          <a className="agenda-case" href={routeHref({ name: 'case', id: item.caseId })}>
            {linked?.label ?? t('meetings.agenda.linkedCase')}
          </a>
        )}
        <span className="spacer" />
        <button type="button" className="button small agenda-up" disabled={index === 0} onClick={() => onMove(index - 1, 'agenda-up')} aria-label={t('meetings.agenda.moveUp', { title: item.title })}>
          ↑
        </button>
        <button
          type="button"
          className="button small agenda-down"
          disabled={index === count - 1}
          onClick={() => onMove(index + 1, 'agenda-down')}
          aria-label={t('meetings.agenda.moveDown', { title: item.title })}
        >
          ↓
        </button>
        <button type="button" className="button small" onClick={() => void remove.run({ id: item.id })} aria-label={t('meetings.agenda.remove', { title: item.title })}>
          {t('meetings.removeItem')}
        </button>
      </div>
      <label htmlFor={minutesId} className="field-label">
        {t('meetings.agenda.minutes')}
      </label>
      <textarea
        id={minutesId}
        className="agenda-minutes"
        rows={4}
        value={minutes.text}
        onChange={(event) => minutes.setText(event.target.value)}
        onBlur={() => void minutes.flush()}
      />
      <p className="autosave-state muted" aria-live="polite">
        {t(`meetings.autosave.${minutes.state}`)}
      </p>
      <label className="field-label" htmlFor={`agenda-case-${item.id}`}>
        {t('meetings.agenda.case')}
      </label>
      <select
        id={`agenda-case-${item.id}`}
        value={item.caseId ?? ''}
        onChange={(event) => void update.run({ id: item.id, caseId: event.target.value === '' ? null : event.target.value })}
      >
        <option value="">{t('meetings.agenda.noCase')}</option>
        {cases.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
      {update.error !== null && <ErrorNotice error={update.error} />}
    </>
  );
}
