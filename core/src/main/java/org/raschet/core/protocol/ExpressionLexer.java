package org.raschet.core.protocol;

import java.util.ArrayList;
import java.util.List;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidProtocolException;

/**
 * Splits a {@link Formula} expression into tokens. Shared by the renderer (which prints the tokens with their
 * values) and the evaluator (which parses them); it computes nothing.
 */
final class ExpressionLexer {
    private ExpressionLexer() {
    }

    /** Kinds of tokens of the expression language. */
    enum Kind {
        NUMBER, SYMBOL, PLUS, MINUS, STAR, SLASH, LPAREN, RPAREN, COMMA
    }

    /**
     * One token.
     *
     * @param kind     its kind
     * @param text     its text as written
     * @param position its offset in the expression
     */
    record Token(Kind kind, String text, int position) {
    }

    /**
     * The tokens of {@code expression}.
     *
     * @param entity the step or formula concerned, for the error message
     * @throws InvalidProtocolException on a character outside the language or a malformed number
     */
    static List<Token> tokenize(String expression, String entity) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (isDigit(c)) {
                int start = i;
                while (i < n && isDigit(expression.charAt(i))) {
                    i++;
                }
                if (i < n && expression.charAt(i) == '.') {
                    i++;
                    if (i >= n || !isDigit(expression.charAt(i))) {
                        throw error(entity, expression, i, "a digit must follow the decimal point");
                    }
                    while (i < n && isDigit(expression.charAt(i))) {
                        i++;
                    }
                }
                out.add(new Token(Kind.NUMBER, expression.substring(start, i), start));
            } else if (isSymbolStart(c)) {
                int start = i;
                while (i < n && isSymbolPart(expression.charAt(i))) {
                    i++;
                }
                out.add(new Token(Kind.SYMBOL, expression.substring(start, i), start));
            } else {
                Kind kind = switch (c) {
                    case '+' -> Kind.PLUS;
                    case '-' -> Kind.MINUS;
                    case '*' -> Kind.STAR;
                    case '/' -> Kind.SLASH;
                    case '(' -> Kind.LPAREN;
                    case ')' -> Kind.RPAREN;
                    case ',' -> Kind.COMMA;
                    default -> throw error(entity, expression, i, "character '" + c + "' is not in the language");
                };
                out.add(new Token(kind, String.valueOf(c), i));
                i++;
            }
        }
        return out;
    }

    static InvalidProtocolException error(String entity, String expression, int position, String detail) {
        return new InvalidProtocolException(ErrorCode.PROTOCOL_INVALID, entity, null,
                "expression '" + expression + "' at offset " + position + ": " + detail, "protocol.expression-syntax");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSymbolStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    private static boolean isSymbolPart(char c) {
        return isSymbolStart(c) || isDigit(c);
    }
}
