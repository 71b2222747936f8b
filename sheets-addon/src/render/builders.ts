/**
 * The builders a render uses, one of each for the whole render: a builder is asked anew for
 * every rule, validation, text style and link (each property set explicitly, so nothing of
 * the one before carries over), and build() hands out a copy. Each SpreadsheetApp.new…() is a
 * service call; one each a render instead of one each a rule.
 */
type DataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type RuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type TextStyleBuilder = GoogleAppsScript.Spreadsheet.TextStyleBuilder;
type RichTextBuilder = GoogleAppsScript.Spreadsheet.RichTextValueBuilder;

export class Builders {
  private made: {
    validation?: DataValidationBuilder;
    rule?: RuleBuilder;
    text?: TextStyleBuilder;
    link?: RichTextBuilder;
  } = {};

  /** A validation builder that refuses invalid input; each require… replaces the last. */
  validation(): DataValidationBuilder {
    return (this.made.validation ??= SpreadsheetApp.newDataValidation().setAllowInvalid(false));
  }

  rule(): RuleBuilder {
    return (this.made.rule ??= SpreadsheetApp.newConditionalFormatRule());
  }

  text(): TextStyleBuilder {
    return (this.made.text ??= SpreadsheetApp.newTextStyle());
  }

  link(): RichTextBuilder {
    return (this.made.link ??= SpreadsheetApp.newRichTextValue());
  }
}
