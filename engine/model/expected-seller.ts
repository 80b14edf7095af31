/**
 * What the buyer's vendor master holds for the supplier of a run: the seller an invoice of this
 * supplier must name. Entered per invitation by the buyer (or imported from a CSV file); a run made
 * through the invitation carries a copy, so later edits do not change what an old run was checked
 * against. `fields.seller-matches` compares the invoice with it.
 */
export interface ExpectedSeller {
  /** The supplier's name as the vendor master has it (compared loosely: legal forms aside). */
  readonly name?: string;
  /** VAT id, compact upper case (`NL123456782B01`). */
  readonly vatId?: string;
  /** KvK number, 8 digits. */
  readonly kvk?: string;
  /** The bank accounts on file, compact upper case; an IBAN on the invoice must be one of them. */
  readonly ibans?: readonly string[];
}

/** Whether master data holds anything to compare. */
export function hasExpectedSeller(seller: ExpectedSeller | undefined): seller is ExpectedSeller {
  return (
    seller !== undefined &&
    (seller.name !== undefined ||
      seller.vatId !== undefined ||
      seller.kvk !== undefined ||
      (seller.ibans?.length ?? 0) > 0)
  );
}
