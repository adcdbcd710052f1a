import { notFound } from "next/navigation";

// Any unknown path under a locale renders that locale's styled not-found page.
export default function CatchAll(): never {
  notFound();
}
