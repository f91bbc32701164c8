/** Why the last action failed, read out at once by a screen reader; nothing when it did not fail. */
export function FormError({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}
