package io.tributary.transform;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.parser.TokenMgrException;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Parses a rule's projection (a SELECT list) and filter (a condition) with JSqlParser, once,
 * checking what needs no table shape: syntax (with the line and column of the error), one
 * {@code *} at most, a name for every computed item, known functions with the right argument
 * counts.
 */
final class RuleParser {
  /**
   * One item of the projection.
   *
   * @param star whether the item is {@code *}
   * @param expression the item's expression; null for {@code *}
   * @param alias the name given with AS; null when there is none
   * @param text the item as written, for messages
   */
  record Item(boolean star, Expression expression, Identifier alias, String text) {}

  private RuleParser() {}

  static List<Item> projection(String rule, String text) {
    List<SelectItem<?>> parsed = parse(rule, "projection", text, true);
    List<Item> items = new ArrayList<>();
    boolean star = false;
    for (SelectItem<?> selectItem : parsed) {
      Site site = new Site(rule, selectItem.toString());
      Expression expression = selectItem.getExpression();
      if (expression instanceof AllTableColumns) {
        throw site.error("qualified `*` is not supported; write `*` alone");
      }
      if (expression instanceof AllColumns) {
        if (star) {
          throw site.error("`*` appears twice in the projection; keep one");
        }
        star = true;
        items.add(new Item(true, null, null, "*"));
        continue;
      }
      Identifier alias =
          selectItem.getAlias() == null ? null : Identifier.parse(selectItem.getAlias().getName());
      if (alias == null && !(unwrap(expression) instanceof Column)) {
        throw site.error("a computed column needs a name: add `AS <name>`");
      }
      checkFunctions(expression, site);
      items.add(new Item(false, expression, alias, selectItem.toString()));
    }
    return List.copyOf(items);
  }

  static Expression filter(String rule, String text) {
    Expression expression = parse(rule, "filter", text, false);
    checkFunctions(expression, new Site(rule, text));
    return expression;
  }

  /** The expression inside redundant parentheses. */
  static Expression unwrap(Expression expression) {
    Expression e = expression;
    while (e instanceof net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<?> list
        && list.size() == 1) {
      e = list.get(0);
    }
    return e;
  }

  @SuppressWarnings("unchecked") // the two grammar entry points return what the caller asks for
  private static <T> T parse(String rule, String what, String text, boolean selectList) {
    Site site = new Site(rule, text);
    try {
      CCJSqlParser parser = new CCJSqlParser(text);
      Object parsed = selectList ? parser.SelectItemsList() : parser.Expression();
      Token next = parser.getNextToken();
      if (next.kind != CCJSqlParserConstants.EOF) {
        throw site.error("cannot parse the " + what + ": unexpected `" + next.image + "` at "
            + at(next) + "; check the SQL syntax there (an operator without its operand, a "
            + "missing comma, quotes or parentheses?)");
      }
      return (T) parsed;
    } catch (ParseException e) {
      Token token = e.currentToken == null ? null : e.currentToken.next;
      String where = token == null ? ""
          : token.kind == CCJSqlParserConstants.EOF ? " at the end of the text (it stops too early)"
          : " at " + at(token) + " near `" + token.image + "`";
      throw site.error("cannot parse the " + what + where + "; check the SQL syntax there", e);
    } catch (TokenMgrException e) {
      throw site.error("cannot parse the " + what + ": " + e.getMessage(), e);
    }
  }

  private static String at(Token token) {
    return "line " + token.beginLine + ", column " + token.beginColumn;
  }

  private static void checkFunctions(Expression expression, Site site) {
    expression.accept(
        new ExpressionVisitorAdapter<Void>() {
          @Override
          public <S> Void visit(Function function, S context) {
            FunctionRegistry.lookup(
                function.getName(), ExpressionCompiler.arguments(function).size(), site);
            return super.visit(function, context);
          }
        },
        null);
  }
}
