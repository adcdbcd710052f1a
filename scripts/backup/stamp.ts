// A UTC time for file names: sorts by time, has no ":" (forbidden on Windows
// shares and awkward in shells), and reads the same on every server whatever its zone.
export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}
