package org.artofthepossible.toolkit.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money.
 *
 * @param amount the amount, not negative
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) {
    /** Checks the amount is not negative. */
    public Money {
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
    }

    /**
     * Creates an amount in pounds sterling.
     *
     * @param amount the amount, for example {@code "1250000"}
     * @return the money
     */
    public static Money gbp(String amount) {
        return new Money(new BigDecimal(amount), Currency.getInstance("GBP"));
    }
}
