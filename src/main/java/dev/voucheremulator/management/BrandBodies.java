package dev.voucheremulator.management;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * Bodies of the brand operations. Unset values are answered as null, as the official examples show;
 * an update changes only the values it sends.
 */
final class BrandBodies {

    static final String PERMISSION_REMINDER = "You are receiving this email because you opted in at our website.";

    private BrandBodies() {
    }

    @JsonInclude(Include.ALWAYS)
    record Brand(@Size(max = 255) String name, @Size(max = 2000) String privacyPolicyUrl,
                 @Size(max = 2000) String termsOfUseUrl, @Size(max = 1000) String permissionReminder,
                 @Size(max = 2000) String websiteUrl) {

        static final Brand EMPTY = new Brand(null, null, null, PERMISSION_REMINDER, null);

        Brand over(Brand base) {
            return new Brand(or(name, base.name), or(privacyPolicyUrl, base.privacyPolicyUrl),
                    or(termsOfUseUrl, base.termsOfUseUrl), or(permissionReminder, base.permissionReminder),
                    or(websiteUrl, base.websiteUrl));
        }
    }

    @JsonInclude(Include.ALWAYS)
    record Address(@Size(max = 255) String street, @Size(max = 255) String city, @Size(max = 50) String postal,
                   @Size(max = 255) String state, @Size(max = 255) String country) {

        static final Address EMPTY = new Address(null, null, null, null, null);

        Address over(Address base) {
            return new Address(or(street, base.street), or(city, base.city), or(postal, base.postal),
                    or(state, base.state), or(country, base.country));
        }
    }

    @JsonInclude(Include.ALWAYS)
    record Contact(@Email @Size(max = 255) String email, @Size(max = 50) String phone) {

        static final Contact EMPTY = new Contact(null, null);

        Contact over(Contact base) {
            return new Contact(or(email, base.email), or(phone, base.phone));
        }
    }

    /** {@code ManagementProjectsBrandingCreateRequestBody} and {@code ...UpdateRequestBody}: the same shape. */
    record BrandRequest(@Valid Brand brand, @Valid Address address, @Valid Contact contact) {
    }

    /** What is stored, every part present. */
    record Branding(Brand brand, Address address, Contact contact) {

        static final Branding EMPTY = new Branding(Brand.EMPTY, Address.EMPTY, Contact.EMPTY);

        Branding with(BrandRequest sent) {
            return new Branding(sent.brand() == null ? brand : sent.brand().over(brand),
                    sent.address() == null ? address : sent.address().over(address),
                    sent.contact() == null ? contact : sent.contact().over(contact));
        }
    }

    /** {@code ManagementProjectsBrandingCreateResponseBody} (and the get, update and list item). */
    record BrandResponse(String id, Brand brand, Address address, Contact contact) {

        static BrandResponse from(ManagementResourceStore.Stored<Branding> s) {
            return new BrandResponse(s.id(), s.body().brand(), s.body().address(), s.body().contact());
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
