// One removed record in the Trash: when and by whom it was removed, what it
// is, and Restore — or, for an event whose case is in the Trash too, why it
// cannot be restored yet (events.restore refuses it until the case is back).
import type { TrashItem } from '../../shared/trash/api';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { itemWords, removedByName } from './trashWords';

type Props = Readonly<{
  item: TrashItem;
  /** This row's restore is being sent. */
  restoring: boolean;
  onRestore: (item: TrashItem) => void;
}>;

export function TrashRow({ item, restoring, onRestore }: Props) {
  const tools = useLocale();
  const { t, formatDateTime } = tools;
  const words = itemWords(tools, item);
  const blocked = item.type === 'event' && item.caseRemoved;
  return (
    // Focusable only by script: "Show older" moves the focus to the first older row.
    <tr data-trash-id={item.id} tabIndex={-1}>
      <td className="trash-when">
        <time dateTime={item.removedAt}>{formatDateTime(item.removedAt)}</time>
      </td>
      <td className="trash-who">{removedByName(tools, item.removedBy)}</td>
      <td className="trash-record">
        <span className={`trash-kind trash-kind-${item.type}`}>{words.kind}</span> <span className="trash-name">{words.name}</span>
        <div className="trash-detail">
          {/* An event's case is open: a link to it, to see where the event would go back. */}
          {item.type === 'event' && !item.caseRemoved ? <a href={routeHref({ name: 'case', id: item.caseId })}>{words.detail}</a> : words.detail}
        </div>
      </td>
      <td className="trash-action">
        {blocked ? (
          <span className="trash-blocked">{t('trash.restoreCaseFirst')}</span>
        ) : (
          // aria-disabled, not disabled: a disabled button would drop the keyboard focus while the restore runs.
          <button type="button" className="button" aria-label={words.restoreLabel} aria-disabled={restoring} onClick={() => onRestore(item)}>
            {restoring ? t('trash.restoring') : t('trash.restore')}
          </button>
        )}
      </td>
    </tr>
  );
}
