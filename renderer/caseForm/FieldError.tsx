import { useLocale } from '../i18n/LocaleContext';
import { indexOf, localizeApiMessage } from './apiMessages';

type Props = Readonly<{
  id: string;
  errors: readonly Readonly<{ path: string; message: string }>[] | undefined;
  /** Names the list item an indexed message is about ("hsCodes.1" → the second code). */
  describeIndex?: (index: number) => string;
}>;

/** The API's messages for one field, under it; the input points here with aria-describedby. */
export function FieldError({ id, errors, describeIndex }: Props) {
  const { t } = useLocale();
  if (errors === undefined || errors.length === 0) return null;
  return (
    <div className="field-error" id={id}>
      {errors.map(({ path, message }) => {
        const localized = localizeApiMessage(message);
        const text = localized ? t(localized.key, localized.params) : message;
        const index = indexOf(path);
        return <p key={path}>{index !== null && describeIndex ? `${describeIndex(index)}: ${text}` : text}</p>;
      })}
    </div>
  );
}
