import { describe, expect, it } from "vitest";
import { navItemsFor } from "@/components/admin/admin-nav-items";

const keys = (role: Parameters<typeof navItemsFor>[0]) => navItemsFor(role).map((item) => item.key);

describe("the dashboard's sections per role", () => {
  it("gives the subdistrict its comparison instead of a community's home and inbox", () => {
    expect(keys("SUBDISTRICT")).toEqual(["subdistrict", "account"]);
  });

  it("leaves the community roles as they were, without the subdistrict's page", () => {
    expect(keys("SECRETARY")).toEqual(["home", "wishes", "council", "reports", "account"]);
    expect(keys("UNIT")).toEqual(["referrals", "account"]);
    expect(keys("ADMIN")).not.toContain("subdistrict");
    expect(keys("ADMIN")).toEqual(expect.arrayContaining(["home", "wishes", "staff", "content"]));
  });
});
