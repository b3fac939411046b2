"""The member's rights over their data (/privacy, /mydata, /forget), retention and flood control."""
