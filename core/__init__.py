"""The product's rules: plain Python with no Telegram or database imports."""
