"use client";
// One round of the wish form per wish. "Submit another wish" starts a new round:
// a fresh component, so empty fields, a new action state, and the new
// idempotency key the server handed out with the confirmation (a reused key
// would return the previous wish instead of storing the new one). The fields,
// rendered on the server, come along as children.
import { useEffect, useRef, useState } from "react";
import { WishForm, type WishFormProps } from "./wish-form";

export function WishFormArea(props: Omit<WishFormProps, "onAnother">) {
  const [round, setRound] = useState({ number: 0, key: props.idempotencyKey });
  const start = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // A new round begins at the top of the form, with the focus there too.
    if (round.number > 0) start.current?.focus();
  }, [round.number]);

  return (
    <div ref={start} tabIndex={-1} className="focus:outline-none">
      <WishForm
        key={round.number}
        {...props}
        idempotencyKey={round.key}
        onAnother={(key) => setRound((current) => ({ number: current.number + 1, key }))}
      />
    </div>
  );
}
